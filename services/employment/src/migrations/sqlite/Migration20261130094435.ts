import { Migration } from '@mikro-orm/migrations';

export class Migration20261130094435 extends Migration {

  override async up(): Promise<void> {
    // Written by hand: MikroORM proposed a table rebuild, pruned with the spurious ones.
    this.addSql(`alter table \`township_facts\` add column \`version\` integer not null default 0;`);
  }

}
