import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { jetstreamManager, StorageType } from "@nats-io/jetstream";
import { nanos, type NatsConnection } from "@nats-io/transport-node";
import { ensureNats } from "./local-nats";
import { connectNats } from "./nats";
import { producingServices } from "./catalog";
import "./contracts";
import { dlqStreamName, ensureAllStreams, ensureStreams, streamNameFor } from "./streams";
import { deleteTestStreams, testNamespace } from "./test-support/fixtures";
import { freePort } from "./test-support/nats-server";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const NATS_URL = process.env.NATS_URL ?? "nats://127.0.0.1:4222";

describe("streams: one per producing service, plus PA_DLQ", () => {
  const namespace = testNamespace("streams");
  let nc: NatsConnection;

  beforeAll(async () => {
    nc = await connectNats(NATS_URL);
  });
  afterAll(async () => {
    await deleteTestStreams(nc, namespace);
    await nc?.close();
  });

  test("created with file storage and a duplicate window of at least 2 minutes, then left alone, then updated", async () => {
    const jsm = await jetstreamManager(nc);
    expect(await ensureStreams(jsm, { service: "registry", namespace, duplicateWindowMs: 1000 })).toEqual({
      [streamNameFor("registry", namespace)]: "created",
      [dlqStreamName(namespace)]: "created",
    });
    const info = await jsm.streams.info(streamNameFor("registry", namespace));
    expect(info.config.storage).toBe(StorageType.File);
    expect(info.config.subjects).toEqual([`${namespace}.pa.registry.>`]);
    expect(info.config.duplicate_window).toBe(nanos(120_000)); // a shorter window is raised to 2 min
    expect(info.config.num_replicas).toBe(1);

    expect(await ensureStreams(jsm, { service: "registry", namespace })).toEqual({
      [streamNameFor("registry", namespace)]: "unchanged",
      [dlqStreamName(namespace)]: "unchanged",
    });
    expect(
      (await ensureStreams(jsm, { service: "registry", namespace, duplicateWindowMs: 300_000 }))[
        streamNameFor("registry", namespace)
      ],
    ).toBe("updated");
  });

  test("the operator command ensures the stream of every producer in the catalog", async () => {
    const result = await ensureAllStreams(NATS_URL, 1, { namespace });
    // Every producer named by a contract in the catalog, whatever services exist now.
    expect(producingServices()).toEqual(
      expect.arrayContaining(["registry", "skills", "employment", "social-security"]),
    );
    expect(Object.keys(result).sort()).toEqual(
      [...producingServices().map((s) => streamNameFor(s, namespace)), dlqStreamName(namespace)].sort(),
    );
  });
});

describe("local run: ensureNats", () => {
  test("leaves a running server alone", async () => {
    expect(await ensureNats(NATS_URL)).toEqual({ url: NATS_URL });
  });

  test("starts a nats-server with JetStream bound to 127.0.0.1 when nothing answers", async () => {
    const port = await freePort();
    const storeDir = mkdtempSync(join(tmpdir(), "pa-ensure-nats-"));
    const started = await ensureNats(`nats://127.0.0.1:${port}`, { storeDir });
    try {
      expect(started.startedPid).toBeGreaterThan(0);
      const nc = await connectNats(started.url);
      expect(nc.info?.jetstream).toBe(true);
      await nc.close();
    } finally {
      process.kill(started.startedPid as number, "SIGKILL");
      rmSync(storeDir, { recursive: true, force: true });
    }
  });

  test("refuses a remote URL it cannot start, saying what to do", async () => {
    await expect(ensureNats("nats://192.0.2.1:4222")).rejects.toThrow(/NATS_URL/);
  });
});
