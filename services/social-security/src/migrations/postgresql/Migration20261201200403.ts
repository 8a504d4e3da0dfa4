import { Migration } from '@mikro-orm/migrations';

export class Migration20261201200403 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "pension_ledger_entry" alter column "back_payment_fen" type bigint using ("back_payment_fen"::bigint);`);
    this.addSql(`alter table "pension_ledger_entry" alter column "monthly_benefit_fen" type bigint using ("monthly_benefit_fen"::bigint);`);

    this.addSql(`alter table "premium_subsidy" alter column "standard_fen" type bigint using ("standard_fen"::bigint);`);
    this.addSql(`alter table "premium_subsidy" alter column "paid_fen" type bigint using ("paid_fen"::bigint);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "pension_ledger_entry" alter column "back_payment_fen" type int4 using ("back_payment_fen"::int4);`);
    this.addSql(`alter table "pension_ledger_entry" alter column "monthly_benefit_fen" type int4 using ("monthly_benefit_fen"::int4);`);

    this.addSql(`alter table "premium_subsidy" alter column "standard_fen" type int4 using ("standard_fen"::int4);`);
    this.addSql(`alter table "premium_subsidy" alter column "paid_fen" type int4 using ("paid_fen"::int4);`);
  }

}
