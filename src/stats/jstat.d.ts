// The part of jstat (no types of its own on npm) that misnomer uses.
declare module 'jstat' {
  const jstat: {
    normal: {
      cdf(x: number, mean: number, sd: number): number;
      inv(p: number, mean: number, sd: number): number;
    };
  };
  export default jstat;
}
