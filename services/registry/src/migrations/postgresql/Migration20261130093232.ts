import { Migration } from '@mikro-orm/migrations';

export class Migration20261130093232 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "burden_notice" ("id" varchar(26) not null, "report_id" varchar(64) not null, "settlement_id" varchar(64) not null, "person_id" varchar(26) not null, "township_code" varchar(12) not null, "claim_date" date not null, "total_cost_fen" bigint not null, "out_of_pocket_fen" bigint not null, "reason" text not null, "received_at" timestamptz not null, "acknowledged_by" varchar(64) null, "acknowledged_on" date null, "follow_up" text null, "version" int not null default 1, constraint "burden_notice_pkey" primary key ("id"));`);
    this.addSql(`alter table "burden_notice" add constraint "burden_notice_report_id_unique" unique ("report_id");`);
    this.addSql(`create index "burden_notice_person_id_index" on "burden_notice" ("person_id");`);
    this.addSql(`create index "burden_notice_township_code_acknowledged_on_index" on "burden_notice" ("township_code", "acknowledged_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "burden_notice" cascade;`);
  }

}
