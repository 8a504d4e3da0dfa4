import { z } from "zod";

/** A business date `YYYY-MM-DD` in Asia/Shanghai (ARCHITECTURE.md, "Data rules"). */
export const isoDate = z.iso.date().describe("Business date YYYY-MM-DD (Asia/Shanghai)");

/** A positive aggregate version; consumers apply an event only when it is newer (see `isNewer`). */
export const aggregateVersion = z
  .number()
  .int()
  .positive()
  .describe("The aggregate's version after the change");

/** An id issued by the producing service (ULID). */
export const entityId = z.string().min(1).max(64);
