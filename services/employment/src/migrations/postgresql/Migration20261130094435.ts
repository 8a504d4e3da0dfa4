import { Migration } from '@mikro-orm/migrations';

export class Migration20261130094435 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "township_facts" add column "version" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "township_facts" drop column "version";`);
  }

}
