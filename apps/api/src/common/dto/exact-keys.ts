/**
 * `true` when a DTO class and its shared request type have the same keys; otherwise what
 * differs. `implements` alone lets a DTO lack a field the shared type marks optional: the web
 * sends it and the API's whitelist answers 400. With `Assert`, the difference fails to compile.
 */
export type ExactKeys<Dto, Request> = [
  Exclude<keyof Request, keyof Dto>,
  Exclude<keyof Dto, keyof Request>,
] extends [never, never]
  ? true
  : {
      readonly missingInDto: Exclude<keyof Request, keyof Dto>;
      readonly notInRequest: Exclude<keyof Dto, keyof Request>;
    };

/** Compiles only when `T` is `true`. */
export type Assert<T extends true> = T;

// The check itself, checked: a shared optional field the DTO lacks, and a DTO field the shared
// type lacks, do not compile (each line fails the typecheck once it stops failing).
// @ts-expect-error missingInDto: 'note'
type _LacksOptional = Assert<ExactKeys<{ a: string }, { a: string; note?: string }>>;
// @ts-expect-error notInRequest: 'extra'
type _HasExtra = Assert<ExactKeys<{ a: string; extra: number }, { a: string }>>;
