/**
 * The name rule of config ids and keys: `models[].id`, `commands[].name`, `key`. One place, so
 * the config that writes a name and the Action that reads it back from an artifact agree.
 */
export const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const NAME_RULE =
  'a name of letters, digits, ".", "_" and "-" that starts with a letter or digit (at most 64 characters)';

export const isName = (s: string): boolean => NAME.test(s) && s.length <= 64;
