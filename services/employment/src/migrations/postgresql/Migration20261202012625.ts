import { Migration } from '@mikro-orm/migrations';

export class Migration20261202012625 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "assistance_case_township_code_opened_on_index" on "assistance_case" ("township_code", "opened_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "assistance_case_township_code_opened_on_index";`);
  }

}
