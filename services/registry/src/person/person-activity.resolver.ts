import { personActivityResolver } from "@pa/service-kit";
import type { RegistryContext } from "../context";
import { Person } from "./person.entity";

/**
 * `Person.registryActivity`: what the register recorded about the person and who did it (一人一档's
 * timeline), from the audit trail through the kit; the console merges it with the other services'.
 */
export const PersonActivityResolver = personActivityResolver<Person, RegistryContext>({
  person: Person,
  field: "registryActivity",
  description: "登记经办记录（新→旧） What the register recorded about the person and who, newest first",
  actions: {
    registerPerson: "登记为贫困人口",
    importRegister: "导入登记",
    updatePerson: "修改登记信息",
    recordExit: "记录脱贫退出",
    "NeedsSurvey:recordNeedsSurvey": "记录需求调查",
    acknowledgeBurdenNotice: "跟进大病负担通报",
  },
  // The registry's own row: `person(id)` and references already apply the caller's scope.
  townshipOf: (_ctx, person) => person.townshipCode,
});
