import { Migration } from '@mikro-orm/migrations';

export class Migration20261202011446 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "assistance_case" drop constraint if exists "assistance_case_status_check";`);

    this.addSql(`alter table "assistance_case" add constraint "assistance_case_status_check" check("status" in ('OPEN', 'CLOSED', 'NOT_NEEDED'));`);

    this.addSql(`alter table "person_facts" add column "registered_on" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "assistance_case" drop constraint if exists "assistance_case_status_check";`);

    this.addSql(`alter table "assistance_case" add constraint "assistance_case_status_check" check("status" in ('OPEN', 'CLOSED'));`);

    this.addSql(`alter table "person_facts" drop column "registered_on";`);
  }

}
