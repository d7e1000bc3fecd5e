// Where the independent expected values in these tests come from. Each test names its source.

/** numpy-financial's own test suite (the file moved from numpy_financial/tests/ to tests/). */
export const NUMPY_FINANCIAL = 'numpy/numpy-financial tests/test_financial.py (formerly numpy_financial/tests/test_financial.py)';

/** Microsoft's Excel function reference pages, whose worked examples are the spreadsheet convention. */
export const MS_IRR = 'Microsoft Support, "IRR function" (Excel), example table: https://support.microsoft.com/excel/irr-function';
export const MS_NPV = 'Microsoft Support, "NPV function" (Excel), examples 1 and 2: https://support.microsoft.com/office/npv-function-8672cb67-2576-4d07-b67b-ac28acf2a568';
export const MS_MIRR = 'Microsoft Support, "MIRR function" (Excel), example table: https://support.microsoft.com/en-US/excel/functions/mirr-function';
export const MS_XNPV = 'Microsoft Learn, "WorksheetFunction.Xnpv method (Excel)", example (2086.6476): https://learn.microsoft.com/office/vba/api/excel.worksheetfunction.xnpv';
export const MS_XIRR = 'Microsoft Support, "XIRR function" (Excel), example (0.373362535): https://support.microsoft.com/excel/functions/xirr-function';
/** Adobe's FormCalc reference: NPV examples in the spreadsheet convention (first value one period out). */
export const ADOBE_NPV = 'Adobe LiveCycle Designer FormCalc reference, "NPV": https://help.adobe.com/ja_JP/livecycle/10.0/DesignerFormCalcRef/WS92d06802c76abadb-32254d55129f5ee7c98-7fba.html';
