import { VERSION } from '../version.js';

const usage = `fairlode ${VERSION}

Usage: fairlode [--version] [--help]

The commands (check, payout, explain, analyse, schema, rules, init) arrive with the engines.
`;

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${VERSION}\n`);
} else if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
  process.stdout.write(usage);
} else {
  process.stderr.write(`fairlode: unknown command "${args[0]}". Run fairlode --help.\n`);
  process.exitCode = 2;
}
