import { BurdenReported, defineHandler, type EventHandler } from "@pa/events";
import { receiveBurdenReport } from "../burden-notice/burden-notice.service";

/** Flow 4 / R-SS-5: a heavy out-of-pocket burden after settlement reaches the poverty office. */
export const onBurdenReported = defineHandler(BurdenReported, async (data, { em }) => {
  await receiveBurdenReport(em, data);
});

export const handlers = [onBurdenReported] as EventHandler<unknown>[];
