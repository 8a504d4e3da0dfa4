import type { EntityManager } from "@mikro-orm/core";
import { audited, badInput, InputCheck, assertCurrentVersion } from "@pa/service-kit";
import type { RegistryContext } from "../context";
import { TownshipUpdated } from "@pa/events";
import { Township } from "./township.entity";
import type { SaveTownshipInput } from "./township.inputs";

const CODE = /^\d{9,12}$/;

export class TownshipService {
  constructor(private readonly ctx: RegistryContext) {}

  list(): Promise<Township[]> {
    return this.ctx.em.find(Township, {}, { orderBy: { code: "ASC" } });
  }

  /** Creates or updates a township (poverty office only). */
  async save(input: SaveTownshipInput): Promise<Township> {
    const v = new InputCheck();
    v.that(CODE.test(input.code), "code", {
      zh: "镇街代码应为9到12位数字",
      en: "the township code must be 9 to 12 digits",
    });
    const name = v.text(input.name, "name", { zh: "镇街名称", en: "township name" }, 64);
    v.done();
    return this.ctx.em.transactional(async (em) => {
      const existing = await em.findOne(Township, { code: input.code });
      if (existing && input.version != null)
        assertCurrentVersion(existing, input.version, { zh: "镇街", en: "township" });
      const changed = !existing || existing.name !== name || existing.concentrated !== input.concentrated;
      const township = await audited(em, this.ctx, "saveTownship", existing, (row) =>
        row
          ? Object.assign(row, { name, concentrated: input.concentrated })
          : em.create(Township, { code: input.code, name, concentrated: input.concentrated }),
      );
      if (changed) {
        this.ctx.outbox.add(em, TownshipUpdated, {
          code: township.code,
          version: township.version,
          name: township.name,
          concentrated: township.concentrated,
        });
      }
      return township;
    });
  }
}

/** The township, or `BAD_USER_INPUT` on the given field when the code is unknown. */
export async function requireTownship(em: EntityManager, code: string, field: string): Promise<Township> {
  const t = await em.findOne(Township, { code });
  if (!t)
    throw badInput(field, {
      zh: `镇街代码 ${code} 不存在`,
      en: `township ${code} does not exist; register it first`,
    });
  return t;
}
