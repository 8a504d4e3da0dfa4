import { Migration } from '@mikro-orm/migrations';

export class Migration20261201201416 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`policy_version\` (\`id\` text not null, \`kind\` text not null, \`name\` text not null, \`valid_from\` date not null, \`status\` text check (\`status\` in ('DRAFT', 'ADOPTED')) not null default 'DRAFT', \`parameters\` json not null, \`created_by\` text not null, \`adopted_at\` datetime null, \`adopted_by\` text null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`policy_version_kind_status_valid_from_index\` on \`policy_version\` (\`kind\`, \`status\`, \`valid_from\`);`);

    this.addSql(`drop table if exists \`employment_target\`;`);

  }

}
