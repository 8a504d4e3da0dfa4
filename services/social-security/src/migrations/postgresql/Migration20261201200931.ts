import { Migration } from '@mikro-orm/migrations';

export class Migration20261201200931 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "policy_version" drop constraint if exists "policy_version_kind_check";`);

    this.addSql(`alter table "policy_version" alter column "kind" type text using ("kind"::text);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "policy_version" add constraint "policy_version_kind_check" check("kind" in ('MEDICAL', 'PENSION'));`);
  }

}
