/**
 * The IMF GFS revenue codes of the EITI Summary Data Template (the "E" codes for extractives),
 * as listed in rules.md, reference A2. A payment stream classified under any other code cannot be
 * reported in the template's Part 4 and 5 without remapping.
 */
export const SDT_GFS_CODES: ReadonlySet<string> = new Set([
  '11E', '111E', '1112E1', '1112E2', '112E', '113E', '114E', '1141E', '1142E', '1143E', '1145E', '11451E',
  '114521E', '114522E', '115E', '1151E', '1152E', '1153E1', '116E', '12E', '1212E', '14E', '141E',
  '1412E', '1412E1', '1412E2', '1413E', '1415E', '1415E1', '1415E2', '1415E3', '1415E31', '1415E32',
  '1415E4', '1415E5', '142E', '1421E', '1422E', '143E', '144E1',
]);
