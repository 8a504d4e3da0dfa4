import { Migration } from '@mikro-orm/migrations';

export class Migration20261130091818 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`inbox_entry\` (\`consumer\` text not null, \`event_id\` text not null, \`handled_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`);

    this.addSql(`create table \`outbox_event\` (\`seq\` integer not null primary key autoincrement, \`id\` text not null, \`type\` text not null, \`subject\` text not null, \`payload\` json not null, \`created_at\` datetime not null, \`published_at\` datetime null, \`attempts\` integer not null default 0, \`last_error\` text null);`);
    this.addSql(`create unique index \`outbox_event_id_unique\` on \`outbox_event\` (\`id\`);`);
    this.addSql(`create index outbox_event_pending_idx on outbox_event (seq) where published_at is null;`);

  }

}
