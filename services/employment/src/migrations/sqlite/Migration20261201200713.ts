import { Migration } from '@mikro-orm/migrations';

export class Migration20261201200713 extends Migration {

  override async up(): Promise<void> {
    // Written by hand: the fen columns become 64-bit on PostgreSQL (int4 → bigint). SQLite's
    // INTEGER already stores 64-bit values, so the columns need no change here (a rebuild of both
    // tables would only rename the declared type); MikroORM's proposed rebuilds were pruned.
  }

}
