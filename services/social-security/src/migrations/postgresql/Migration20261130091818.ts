import { Migration } from '@mikro-orm/migrations';

export class Migration20261130091818 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "inbox_entry" ("consumer" varchar(100) not null, "event_id" varchar(26) not null, "handled_at" timestamptz not null, constraint "inbox_entry_pkey" primary key ("consumer", "event_id"));`);

    this.addSql(`create table "outbox_event" ("seq" bigserial primary key, "id" varchar(26) not null, "type" varchar(200) not null, "subject" varchar(200) not null, "payload" jsonb not null, "created_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "last_error" text null);`);
    this.addSql(`alter table "outbox_event" add constraint "outbox_event_id_unique" unique ("id");`);
    this.addSql(`create index outbox_event_pending_idx on outbox_event (seq) where published_at is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "inbox_entry" cascade;`);

    this.addSql(`drop table if exists "outbox_event" cascade;`);
  }

}
