import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Unit } from "@pa/service-kit";
import type { RegistryContext } from "../context";
import { ImportRegisterInput, ImportReport } from "./import.inputs";
import { writeRegisterTemplateXlsx } from "./import.template";
import { ImportService } from "./import.service";

@Resolver()
export class ImportResolver {
  @Authorized(Unit.PovertyOffice, Unit.TownshipCentre)
  @Mutation(() => ImportReport, {
    description: "导入花名册（全部成功或全部不导入） Import the register from CSV/Excel: all rows or none",
  })
  importRegister(
    @Arg("input", () => ImportRegisterInput) input: ImportRegisterInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<ImportReport> {
    return new ImportService(ctx).importRegister(input);
  }

  @Authorized()
  @Query(() => String, {
    description: "花名册导入模板（.xlsx，Base64） The import template as a Base64 .xlsx file",
  })
  async registerTemplate(): Promise<string> {
    return (await writeRegisterTemplateXlsx()).toString("base64");
  }
}
