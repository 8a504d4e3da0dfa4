import { Migration } from '@mikro-orm/migrations';

export class Migration20261202005214 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "pension_ledger_entry" drop constraint if exists "pension_ledger_entry_status_check";`);

    this.addSql(`alter table "pension_ledger_entry" add constraint "pension_ledger_entry_status_check" check("status" in ('PENDING', 'DRAWING', 'BACK_PAID', 'CLAIMED', 'PAYING'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "pension_ledger_entry" drop constraint if exists "pension_ledger_entry_status_check";`);

    this.addSql(`alter table "pension_ledger_entry" add constraint "pension_ledger_entry_status_check" check("status" in ('PENDING', 'BACK_PAID', 'CLAIMED', 'PAYING'));`);
  }

}
