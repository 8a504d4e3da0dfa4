import { Migration } from '@mikro-orm/migrations';

export class Migration20261201200931 extends Migration {

  /**
   * PostgreSQL drops the CHECK on policy_version.kind (the kit's policy table takes any kind a
   * service defines). SQLite cannot drop a constraint without rebuilding the table, and this
   * service's kinds are the ones the CHECK allows, so its table stays as it is.
   */
  override async up(): Promise<void> {
  }

}
