// Writes src/core/spoilers/lexicon-index.generated.ts from the lexicons (npm run gen:lexicon).
// Run it after editing any file in src/core/spoilers/lexicons; a test fails until you do.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { buildLexiconIndex, renderIndexModule } from "../src/core/spoilers/index-builder";

const target = path.join(import.meta.dirname, "../src/core/spoilers/lexicon-index.generated.ts");
writeFileSync(target, renderIndexModule(buildLexiconIndex()));
console.log(`wrote ${path.relative(process.cwd(), target)}`);
