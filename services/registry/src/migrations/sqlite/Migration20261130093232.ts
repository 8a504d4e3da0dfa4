import { Migration } from '@mikro-orm/migrations';

export class Migration20261130093232 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`burden_notice\` (\`id\` text not null, \`report_id\` text not null, \`settlement_id\` text not null, \`person_id\` text not null, \`township_code\` text not null, \`claim_date\` date not null, \`total_cost_fen\` bigint not null, \`out_of_pocket_fen\` bigint not null, \`reason\` text not null, \`received_at\` datetime not null, \`acknowledged_by\` text null, \`acknowledged_on\` date null, \`follow_up\` text null, \`version\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create unique index \`burden_notice_report_id_unique\` on \`burden_notice\` (\`report_id\`);`);
    this.addSql(`create index \`burden_notice_person_id_index\` on \`burden_notice\` (\`person_id\`);`);
    this.addSql(`create index \`burden_notice_township_code_acknowledged_on_index\` on \`burden_notice\` (\`township_code\`, \`acknowledged_on\`);`);

  }

}
