import { Migration } from '@mikro-orm/migrations';

const COLUMNS =
  '`id`, `person_id`, `township_code`, `birth_date`, `turned60on`, `found_on`, `back_payment_fen`, `monthly_benefit_fen`, `benefit_starts_on`, `status`, `back_paid_on`, `claimed_on`, `paying_since`, `policy_version_id`, `version`, `created_at`, `updated_at`';

/**
 * Written by hand: the pension ledger's status gains DRAWING (issue 9 item 8, R-SS-3). SQLite
 * cannot alter a CHECK constraint, so the table is rebuilt with the new one and its rows and
 * indexes copied over (MikroORM's generated rebuilds are pruned, see the kit's migration CLI).
 */
function rebuild(statuses: string[]): string[] {
  const check = statuses.map((s) => `'${s}'`).join(', ');
  return [
    `create table \`pension_ledger_entry__rebuild\` (\`id\` text not null, \`person_id\` text not null, \`township_code\` text not null, \`birth_date\` date not null, \`turned60on\` date not null, \`found_on\` date not null, \`back_payment_fen\` integer not null, \`monthly_benefit_fen\` integer not null, \`benefit_starts_on\` date not null, \`status\` text check (\`status\` in (${check})) not null default 'PENDING', \`back_paid_on\` date null, \`claimed_on\` date null, \`paying_since\` date null, \`policy_version_id\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`,
    `insert into \`pension_ledger_entry__rebuild\` (${COLUMNS}) select ${COLUMNS} from \`pension_ledger_entry\`;`,
    'drop table `pension_ledger_entry`;',
    'alter table `pension_ledger_entry__rebuild` rename to `pension_ledger_entry`;',
    'create unique index `pension_ledger_entry_person_id_unique` on `pension_ledger_entry` (`person_id`);',
    'create index `pension_ledger_entry_township_code_index` on `pension_ledger_entry` (`township_code`);',
    'create index `pension_ledger_entry_status_found_on_index` on `pension_ledger_entry` (`status`, `found_on`);',
  ];
}

export class Migration20261202005215 extends Migration {

  override async up(): Promise<void> {
    for (const sql of rebuild(['PENDING', 'DRAWING', 'BACK_PAID', 'CLAIMED', 'PAYING'])) this.addSql(sql);
  }

  /** Fails, as PostgreSQL's does, while DRAWING entries exist: no status of before means the same. */
  override async down(): Promise<void> {
    for (const sql of rebuild(['PENDING', 'BACK_PAID', 'CLAIMED', 'PAYING'])) this.addSql(sql);
  }

}
