import { Migration } from '@mikro-orm/migrations';

export class Migration20261202011446 extends Migration {

  override async up(): Promise<void> {
    // Written by hand (issue 9 items 11 and 13): SQLite cannot alter a CHECK, so `assistance_case`
    // is rebuilt to allow the status NOT_NEEDED, every row and index kept; `person_facts` gains the
    // registration date.
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`assistance_case__temp_alter\` (\`id\` text not null, \`person_id\` text not null, \`township_code\` text not null, \`status\` text check (\`status\` in ('OPEN', 'CLOSED', 'NOT_NEEDED')) not null default 'OPEN', \`open_key\` text null, \`opened_on\` date not null, \`opened_by\` text not null, \`caseworker\` text null, \`caseworker_assigned_on\` date null, \`offer_count\` integer not null default 0, \`job_ready\` integer not null default false, \`job_ready_on\` date null, \`closed_on\` date null, \`close_reason\` text null, \`closed_by\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`insert into \`assistance_case__temp_alter\` select \`id\`, \`person_id\`, \`township_code\`, \`status\`, \`open_key\`, \`opened_on\`, \`opened_by\`, \`caseworker\`, \`caseworker_assigned_on\`, \`offer_count\`, \`job_ready\`, \`job_ready_on\`, \`closed_on\`, \`close_reason\`, \`closed_by\`, \`version\`, \`created_at\`, \`updated_at\` from \`assistance_case\`;`);
    this.addSql(`drop table \`assistance_case\`;`);
    this.addSql(`alter table \`assistance_case__temp_alter\` rename to \`assistance_case\`;`);
    this.addSql(`create unique index \`assistance_case_open_key_unique\` on \`assistance_case\` (\`open_key\`);`);
    this.addSql(`create index \`assistance_case_person_id_index\` on \`assistance_case\` (\`person_id\`);`);
    this.addSql(`create index \`assistance_case_status_township_code_opened_on_index\` on \`assistance_case\` (\`status\`, \`township_code\`, \`opened_on\`);`);
    this.addSql(`pragma foreign_keys = on;`);

    this.addSql(`alter table \`person_facts\` add column \`registered_on\` date null;`);
  }

}
