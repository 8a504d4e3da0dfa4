import { Migration } from '@mikro-orm/migrations';

export class Migration20261202021605 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "withdrawn_registration" ("projection" varchar(64) not null, "subject" varchar(64) not null, "withdrawn_version" int not null, "through_version" int not null, "reregistered_version" int null, "kept" boolean not null default false, "event_id" varchar(64) not null, "withdrawn_on" date not null, constraint "withdrawn_registration_pkey" primary key ("projection", "subject"));`);

    this.addSql(`alter table "person_facts" add column "withdrawn_on" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "withdrawn_registration" cascade;`);

    this.addSql(`alter table "person_facts" drop column "withdrawn_on";`);
  }

}
