import { Migration } from '@mikro-orm/migrations';

export class Migration20261202021605 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`withdrawn_registration\` (\`projection\` text not null, \`subject\` text not null, \`withdrawn_version\` integer not null, \`through_version\` integer not null, \`reregistered_version\` integer null, \`kept\` integer not null default false, \`event_id\` text not null, \`withdrawn_on\` date not null, primary key (\`projection\`, \`subject\`));`);

    this.addSql(`alter table \`person_facts\` add column \`withdrawn_on\` date null;`);
  }

}
