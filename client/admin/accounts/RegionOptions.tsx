/** The options of a region select: the known regions, one per line, in the order given. */
export function RegionOptions({ regions }: { regions: readonly string[] }) {
  return regions.map((regio) => (
    <option key={regio} value={regio}>
      {regio}
    </option>
  ));
}
