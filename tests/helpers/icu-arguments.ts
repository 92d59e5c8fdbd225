// The arguments and rich-text tags of an ICU message, e.g. "{count, plural, one {# tiltak}
// other {# tiltak}} for <b>{q}</b>" → ["<b>", "count:plural", "q"]. Enough of ICU to compare
// messages between languages; throws on unbalanced braces.

const SYNTAX = new Set(['{', '}', '#', '<', '>', '|']);

export function icuArguments(message: string): string[] {
  const found = new Set<string>();
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i} in ${JSON.stringify(message)}`);
  };
  const skipSpace = () => {
    while (i < message.length && /\s/.test(message[i]!)) i++;
  };
  const readUntil = (stops: string) => {
    const start = i;
    while (i < message.length && !stops.includes(message[i]!)) i++;
    if (i >= message.length) fail('unclosed argument');
    return message.slice(start, i).trim();
  };

  const parseMessage = (nested: boolean): void => {
    while (i < message.length) {
      const c = message[i]!;
      if (c === "'") {
        // ICU quoting: '' is an apostrophe; 'x… quotes only before a syntax character.
        if (message[i + 1] === "'") i += 2;
        else if (SYNTAX.has(message[i + 1] ?? '')) {
          const end = message.indexOf("'", i + 1);
          i = end < 0 ? message.length : end + 1;
        } else i++;
      } else if (c === '{') {
        i++;
        parseArgument();
      } else if (c === '}') {
        if (nested) return;
        fail('unexpected }');
      } else if (c === '<') {
        const tag = /^<(\/?)([A-Za-z][\w-]*)\s*(\/?)>/.exec(message.slice(i));
        if (tag) {
          if (!tag[1]) found.add(`<${tag[2]}>`);
          i += tag[0].length;
        } else i++;
      } else i++;
    }
    if (nested) fail('unclosed option');
  };

  const parseArgument = () => {
    const name = readUntil(',}');
    if (!/^[\w-]+$/.test(name)) fail(`bad argument name ${JSON.stringify(name)}`);
    if (message[i] === '}') {
      found.add(name);
      i++;
      return;
    }
    i++;
    const type = readUntil(',}');
    found.add(`${name}:${type}`);
    if (message[i] === '}') {
      i++;
      return;
    }
    i++;
    if (type === 'plural' || type === 'select' || type === 'selectordinal') {
      // Options: selector {message} …, then the closing brace.
      for (;;) {
        skipSpace();
        if (message[i] === '}') {
          i++;
          return;
        }
        const selector = readUntil('{}');
        if (!selector || message[i] !== '{') fail('bad option');
        i++;
        parseMessage(true);
        i++;
      }
    }
    // date/number/time styles: up to the closing brace.
    readUntil('}');
    i++;
  };

  parseMessage(false);
  return [...found].sort();
}
