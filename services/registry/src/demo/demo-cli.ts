import { writeFileSync } from "node:fs";
import { demoCityToCsv, generateDemoCity } from "./demo-generator";

// Writes the demo city's register as an import file: `pnpm demo:generate [file] [people]`.
const file = process.argv[2] ?? "demo-register.csv";
const people = Number(process.argv[3] ?? 3000);
const city = generateDemoCity({ people });
writeFileSync(file, demoCityToCsv(city.people, city.households, { bom: true }));
console.log(`wrote ${city.people.length} people in ${city.households.length} households to ${file}`);
