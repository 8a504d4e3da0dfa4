import { Field, InputType, Int, ObjectType } from "type-graphql";
import { TextInput } from "@pa/service-kit";

@InputType({ description: "导入花名册 Import the register from a CSV or Excel (.xlsx) file" })
export class ImportRegisterInput {
  @Field(() => String, { description: "文件名 File name (.csv or .xlsx)" })
  fileName!: string;

  @Field(() => String, { description: "文件内容（Base64） File content, Base64-encoded" })
  // A register file: up to the 25 MB request body the registry accepts.
  @TextInput({ maxLength: 35_000_000 })
  contentBase64!: string;

  @Field(() => Boolean, { defaultValue: false, description: "只检查不导入 Check only; write nothing" })
  dryRun: boolean = false;
}

@ObjectType({ description: "导入错误 One problem in an import file" })
export class ImportProblem {
  @Field(() => Int, { description: "行号（表头为第1行） Row (the header is row 1)" })
  row!: number;

  @Field(() => String, { description: "列 Column, as written in the file" })
  column!: string;

  @Field(() => String)
  messageZh!: string;

  @Field(() => String)
  messageEn!: string;
}

@ObjectType({ description: "导入结果 Import report: all rows or none" })
export class ImportReport {
  @Field(() => Boolean, {
    description: "是否已导入 Whether the file was accepted (false: nothing was written)",
  })
  accepted!: boolean;

  @Field(() => Boolean)
  dryRun!: boolean;

  @Field(() => Int, { description: "数据行数 Data rows read" })
  rowCount!: number;

  @Field(() => Int, { description: "新登记人数 People registered" })
  created!: number;

  @Field(() => Int, { description: "更新人数 People whose record changed" })
  updated!: number;

  @Field(() => Int, { description: "无变化人数 People already registered as in the file" })
  unchanged!: number;

  @Field(() => Int, { description: "新建户数 Households created" })
  householdsCreated!: number;

  @Field(() => [ImportProblem])
  errors!: ImportProblem[];
}
