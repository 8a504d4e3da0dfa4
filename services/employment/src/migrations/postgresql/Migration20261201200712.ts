import { Migration } from '@mikro-orm/migrations';

export class Migration20261201200712 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "job_offer" alter column "monthly_wage_fen" type bigint using ("monthly_wage_fen"::bigint);`);

    this.addSql(`alter table "public_welfare_post" alter column "monthly_allowance_fen" type bigint using ("monthly_allowance_fen"::bigint);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "job_offer" alter column "monthly_wage_fen" type int4 using ("monthly_wage_fen"::int4);`);

    this.addSql(`alter table "public_welfare_post" alter column "monthly_allowance_fen" type int4 using ("monthly_allowance_fen"::int4);`);
  }

}
