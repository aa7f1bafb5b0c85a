export function buildExamplePack(): {
  dir: string;
  example: string;
  broken: string;
  dangling: string;
  pack: { meta: { id: string; version: string }; entities: { id: string }[] };
};
