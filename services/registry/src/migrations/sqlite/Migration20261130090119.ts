import { Migration } from '@mikro-orm/migrations';

export class Migration20261130090119 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`inbox_entry\` (\`consumer\` text not null, \`event_id\` text not null, \`handled_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`);

    this.addSql(`create table \`outbox_event\` (\`seq\` integer not null primary key autoincrement, \`id\` text not null, \`type\` text not null, \`subject\` text not null, \`payload\` json not null, \`created_at\` datetime not null, \`published_at\` datetime null, \`attempts\` integer not null default 0, \`last_error\` text null);`);
    this.addSql(`create unique index \`outbox_event_id_unique\` on \`outbox_event\` (\`id\`);`);
    this.addSql(`create index outbox_event_pending_idx on outbox_event (seq) where published_at is null;`);

    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`person__temp_alter\` (\`id\` text not null, \`name\` text not null, \`id_number\` text not null, \`birth_date\` date not null, \`sex\` text check (\`sex\` in ('MALE', 'FEMALE')) not null, \`phone\` text null, \`household_id\` text not null, \`township_code\` text not null, \`village\` text not null, \`labor_capacity\` text check (\`labor_capacity\` in ('FULL', 'PARTIAL', 'NONE')) not null default 'NONE', \`willing_to_work\` integer not null default false, \`willing_to_train\` integer not null default false, \`entrepreneurship_capacity\` integer not null default false, \`entrepreneurship_intention\` integer not null default false, \`disability_certificate\` integer not null default false, \`education\` text check (\`education\` in ('NONE', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'VOCATIONAL', 'JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE')) not null default 'NONE', \`graduation_date\` date null, \`poverty_status\` text check (\`poverty_status\` in ('REGISTERED', 'EXITED')) not null default 'REGISTERED', \`registered_on\` date not null, \`exited_on\` date null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`insert into \`person__temp_alter\` select \`id\`, \`name\`, \`id_number\`, \`birth_date\`, \`sex\`, \`phone\`, \`household_id\`, \`township_code\`, \`village\`, \`labor_capacity\`, \`willing_to_work\`, \`willing_to_train\`, \`entrepreneurship_capacity\`, \`entrepreneurship_intention\`, \`disability_certificate\`, \`education\`, \`graduation_date\`, \`poverty_status\`, \`registered_on\`, \`exited_on\`, \`version\`, \`created_at\`, \`updated_at\` from \`person\`;`);
    this.addSql(`drop table \`person\`;`);
    this.addSql(`alter table \`person__temp_alter\` rename to \`person\`;`);
    this.addSql(`create unique index \`person_id_number_unique\` on \`person\` (\`id_number\`);`);
    this.addSql(`create index \`person_name_index\` on \`person\` (\`name\`);`);
    this.addSql(`create index \`person_birth_date_index\` on \`person\` (\`birth_date\`);`);
    this.addSql(`create index \`person_household_id_index\` on \`person\` (\`household_id\`);`);
    this.addSql(`create index \`person_township_code_poverty_status_index\` on \`person\` (\`township_code\`, \`poverty_status\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
