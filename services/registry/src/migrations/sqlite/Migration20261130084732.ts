import { Migration } from '@mikro-orm/migrations';

export class Migration20261130084732 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_entry\` (\`id\` text not null, \`at\` datetime not null, \`actor\` text not null, \`actor_unit\` text not null, \`request_id\` text null, \`action\` text not null, \`entity_name\` text not null, \`entity_id\` text not null, \`before\` json null, \`after\` json null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_entry_entity_name_entity_id_index\` on \`audit_entry\` (\`entity_name\`, \`entity_id\`);`);

    this.addSql(`create table \`household\` (\`id\` text not null, \`number\` text null, \`township_code\` text not null, \`village\` text not null, \`head_id\` text null, \`urban_zero_employment\` integer not null default false, \`rural_zero_transfer_employment\` integer not null default false, \`minimum_living_guarantee\` integer not null default false, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`household_number_unique\` on \`household\` (\`number\`);`);
    this.addSql(`create index \`household_township_code_village_index\` on \`household\` (\`township_code\`, \`village\`);`);

    this.addSql(`create table \`needs_survey\` (\`id\` text not null, \`person_id\` text not null, \`surveyed_on\` date not null, \`surveyed_by\` text not null, \`surveyor_unit\` text not null, \`needs_work\` integer not null default false, \`needs_training\` integer not null default false, \`needs_entrepreneurship\` integer not null default false, \`note\` text null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`needs_survey_person_id_surveyed_on_index\` on \`needs_survey\` (\`person_id\`, \`surveyed_on\`);`);

    this.addSql(`create table \`person\` (\`id\` text not null, \`name\` text not null, \`id_number\` text not null, \`birth_date\` date not null, \`sex\` text check (\`sex\` in ('MALE', 'FEMALE')) not null, \`phone\` text null, \`household_id\` text not null, \`township_code\` text not null, \`village\` text not null, \`labor_capacity\` text check (\`labor_capacity\` in ('FULL', 'PARTIAL', 'NONE')) not null default 'NONE', \`willing_to_work\` integer not null default false, \`willing_to_train\` integer not null default false, \`entrepreneurship_capacity\` integer not null default false, \`entrepreneurship_intention\` integer not null default false, \`disability_certificate\` integer not null default false, \`education\` text check (\`education\` in ('NONE', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'VOCATIONAL', 'JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE')) not null default 'NONE', \`graduation_date\` date null, \`poverty_status\` text check (\`poverty_status\` in ('REGISTERED', 'EXITED')) not null default 'REGISTERED', \`registered_on\` date not null, \`exited_on\` date null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`person_id_number_unique\` on \`person\` (\`id_number\`);`);
    this.addSql(`create index \`person_name_index\` on \`person\` (\`name\`);`);
    this.addSql(`create index \`person_birth_date_index\` on \`person\` (\`birth_date\`);`);
    this.addSql(`create index \`person_household_id_index\` on \`person\` (\`household_id\`);`);
    this.addSql(`create index \`person_township_code_poverty_status_index\` on \`person\` (\`township_code\`, \`poverty_status\`);`);

    this.addSql(`create table \`township\` (\`code\` text not null, \`name\` text not null, \`concentrated\` integer not null default false, \`version\` integer not null default 1, primary key (\`code\`));`);
  }

}
