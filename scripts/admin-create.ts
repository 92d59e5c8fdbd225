// npm run admin:create -- --email x@example.org --name "Kari Nordmann" [--role admin|editor|provider] [--provider <slug>]
// Makes a staff account. The password comes from ADMIN_PASSWORD, or is asked for (not
// shown while typed), or, without a terminal, is generated and printed once.
import { parseArgs } from 'node:util';
import { createStaffUser, generatePassword } from '../lib/auth/create-user';
import { createUserArgsSchema, passwordSchema } from '../lib/auth/schemas';
import { authSettingsFromEnv } from '../lib/auth/settings';
import { openDatabase, targetFromEnv } from '../lib/db/connection';
import { env } from '../lib/env';

function readHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const { stdin, stdout } = process;
    stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          stdout.write('\n');
          resolve(value);
          return;
        }
        if (char === '\u0003') {
          stdin.setRawMode(false);
          stdout.write('\n');
          process.exit(130);
        }
        value = char === '\u007f' || char === '\b' ? value.slice(0, -1) : value + char;
      }
    };
    stdin.on('data', onData);
  });
}

async function choosePassword(): Promise<{ password: string; generated: boolean }> {
  const fromEnv = process.env.ADMIN_PASSWORD;
  if (fromEnv) return { password: passwordSchema.parse(fromEnv), generated: false };
  if (!process.stdin.isTTY) return { password: generatePassword(), generated: true };
  for (;;) {
    const first = await readHidden('Password (at least 12 characters, empty to generate one): ');
    if (!first) return { password: generatePassword(), generated: true };
    const checked = passwordSchema.safeParse(first);
    if (!checked.success) {
      console.error(checked.error.issues[0]?.message);
      continue;
    }
    if ((await readHidden('Repeat the password: ')) === first) return { password: first, generated: false };
    console.error('The passwords do not match.');
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      provider: { type: 'string' },
    },
    strict: true,
  });
  const args = createUserArgsSchema.safeParse(values);
  if (!args.success) {
    const problems = args.error.issues.map((issue) => `  --${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid arguments:\n${problems}\nUsage: npm run admin:create -- --email x@example.org --name "Name" [--role admin|editor|provider] [--provider <slug>]`);
  }
  const { password, generated } = await choosePassword();
  const db = openDatabase(targetFromEnv(env));
  try {
    const user = await createStaffUser(db.prisma, authSettingsFromEnv(env), {
      email: args.data.email,
      name: args.data.name,
      role: args.data.role,
      providerSlug: args.data.provider,
      password,
    });
    console.log(`Created ${args.data.role} ${user.email}.`);
    if (generated) console.log(`Password (shown only now): ${password}`);
    if (args.data.role === 'admin') console.log('Admins must turn on two-step sign-in on their account page at first sign-in.');
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
