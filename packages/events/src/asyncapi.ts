import { fileURLToPath } from "node:url";
import { z } from "zod";
import { allEvents, envelopeSchema, type EventDefinition } from "./catalog";
import "./contracts";

/** Where the generated document is committed (`docs/` at the repository root). */
export const ASYNCAPI_PATH = fileURLToPath(new URL("../../../docs/events.asyncapi.yaml", import.meta.url));

/** AsyncAPI ids must match `^[A-Za-z0-9_-]+$`; event types have dots. */
function idOf(type: string): string {
  return type.replace(/\./g, "_");
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** The JSON Schema (draft-07, AsyncAPI's default schema format) of an event's full envelope. */
export function envelopeJsonSchema(def: EventDefinition<unknown>): Json {
  const schema = envelopeSchema.extend({
    type: z.literal(def.type),
    source: z.literal(`/services/${def.producer}`),
    data: def.schema,
  });
  const json = z.toJSONSchema(schema, { target: "draft-7", io: "output", unrepresentable: "any" }) as Record<
    string,
    Json
  >;
  delete json.$schema;
  return json;
}

/** The AsyncAPI 3.0 document of every event in the catalog, as a plain object. */
export function asyncApiDocument(): Record<string, Json> {
  const channels: Record<string, Json> = {};
  const operations: Record<string, Json> = {};
  const messages: Record<string, Json> = {};
  for (const def of allEvents()) {
    const id = idOf(def.type);
    messages[id] = {
      name: def.type,
      title: def.type,
      summary: def.description,
      contentType: "application/cloudevents+json",
      payload: envelopeJsonSchema(def),
      "x-producer": def.producer,
      "x-consumers": [...def.consumers],
    };
    channels[id] = {
      address: def.type,
      title: def.type,
      description: `${def.description} Stream PA_${def.producer.toUpperCase().replace(/-/g, "_")}; deduplicated by Nats-Msg-Id = envelope id.`,
      messages: { [id]: { $ref: `#/components/messages/${id}` } },
      "x-producer": def.producer,
      "x-consumers": [...def.consumers],
    };
    operations[`${idOf(def.producer)}_sends_${id}`] = {
      action: "send",
      title: `${def.producer} publishes ${def.type}`,
      channel: { $ref: `#/channels/${id}` },
      messages: [{ $ref: `#/channels/${id}/messages/${id}` }],
    };
    for (const consumer of def.consumers) {
      operations[`${idOf(consumer)}_receives_${id}`] = {
        action: "receive",
        title: `${consumer} consumes ${def.type} (durable consumer "${consumer}")`,
        channel: { $ref: `#/channels/${id}` },
        messages: [{ $ref: `#/channels/${id}/messages/${id}` }],
      };
    }
  }
  return {
    asyncapi: "3.0.0",
    info: {
      title: "Poverty-alleviation programme events",
      version: "1.0.0",
      description:
        "Every domain event between the services, generated from the zod contracts in packages/events. " +
        "Messages are CloudEvents 1.0 in structured JSON mode on NATS JetStream; the subject equals the event type. " +
        "A breaking change is a new type (…v2), published beside the old one for a while.",
    },
    defaultContentType: "application/cloudevents+json",
    servers: {
      local: {
        host: "127.0.0.1:4222",
        protocol: "nats",
        description: "Local NATS with JetStream (NATS_URL).",
      },
    },
    channels,
    operations,
    components: { messages },
  };
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$.\-/]*$/;
const YAML_WORDS = /^(y|n|yes|no|on|off|true|false|null|~)$/i;

function key(k: string): string {
  return PLAIN_KEY.test(k) && !YAML_WORDS.test(k) ? k : JSON.stringify(k);
}

/**
 * A small YAML writer for JSON data: block style, every string double-quoted (a JSON string is a
 * valid YAML double-quoted scalar), so no YAML library is needed and nothing is ambiguous.
 */
export function toYaml(value: Json, indent = 0): string {
  const pad = " ".repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return value
      .map((v) => {
        const inner = toYaml(v, indent + 2);
        return typeof v === "object" &&
          v !== null &&
          !(Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0)
          ? `${pad}- ${inner.trimStart()}`
          : `${pad}- ${inner}`;
      })
      .join("\n");
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    return entries
      .map(([k, v]) => {
        const nested =
          v !== null &&
          typeof v === "object" &&
          (Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0);
        return nested
          ? `${pad}${key(k)}:\n${toYaml(v, indent + 2)}`
          : `${pad}${key(k)}: ${toYaml(v, indent + 2)}`;
      })
      .join("\n");
  }
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** The committed file's text: a header line and the document. */
export function asyncApiYaml(): string {
  return `# Generated from packages/events/src/contracts by \`pnpm --filter @pa/events asyncapi\`; do not edit.\n${toYaml(asyncApiDocument())}\n`;
}
