import { Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { TextInput } from "@pa/service-kit";

/** 导入方式 What happens to a file with bad rows. */
export enum ImportMode {
  /** 全部成功或全部不导入: one bad row and nothing is written. */
  ALL_OR_NOTHING = "ALL_OR_NOTHING",
  /** 导入无误的行: the good rows (whole households) are written, the bad ones handed back. */
  VALID_ROWS = "VALID_ROWS",
}
registerEnumType(ImportMode, {
  name: "ImportMode",
  description: "导入方式 What happens to a file with bad rows",
  valuesConfig: {
    ALL_OR_NOTHING: { description: "全部成功或全部不导入 One bad row and nothing is written" },
    VALID_ROWS: {
      description:
        "导入无误的行，退回有误的行（整户） Write the good rows; hand the bad ones (whole households) back as a spreadsheet with the reasons",
    },
  },
});

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

  @Field(() => ImportMode, {
    defaultValue: ImportMode.ALL_OR_NOTHING,
    description: "导入方式 All or nothing (default), or the good rows only",
  })
  mode: ImportMode = ImportMode.ALL_OR_NOTHING;
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

@ObjectType({ description: "导入结果 Import report" })
export class ImportReport {
  @Field(() => Boolean, {
    description: "是否已导入 Whether the file was accepted (false: nothing was written)",
  })
  accepted!: boolean;

  @Field(() => Boolean)
  dryRun!: boolean;

  @Field(() => ImportMode)
  mode!: ImportMode;

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

  @Field(() => [ImportProblem], { description: "每行的每个问题 Every problem of every row" })
  errors!: ImportProblem[];

  @Field(() => Int, { description: "未导入的数据行数 Data rows not imported" })
  rejectedRowCount!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "未导入的行（.xlsx，Base64）：原列加原行号和问题列，改正后可直接重新导入 The rows not imported as a Base64 .xlsx: the file's columns plus the original row and the problems; fix the cells and import it again",
  })
  rejectedRowsFile!: string | null;
}
