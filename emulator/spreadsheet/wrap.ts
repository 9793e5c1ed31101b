/**
 * The one place that constructs the spreadsheet objects handed to scripts: each is wrapped by ctx.wrap (calls
 * counted, what is not emulated throws NotEmulatedError) and given these same constructors to hand out others.
 */
import { DataValidationImpl } from './data-validation';
import { DataValidationBuilderImpl } from './data-validation-builder';
import { DeveloperMetadataImpl } from './developer-metadata';
import { DeveloperMetadataFinderImpl } from './developer-metadata-finder';
import { ProtectionImpl } from './protection';
import { RangeImpl } from './range';
import { SheetImpl } from './sheet';
import { SpreadsheetImpl } from './spreadsheet';
import { UserImpl } from './user';
import type { SpreadsheetViews } from './views';

export const views: SpreadsheetViews = {
  spreadsheet: (ctx, id) => ctx.wrap(new SpreadsheetImpl(ctx, views, id), 'Spreadsheet'),
  sheet: (ctx, ssId, sheetId) => ctx.wrap(new SheetImpl(ctx, views, ssId, sheetId), 'Sheet'),
  range: (ctx, ssId, sheetId, g) =>
    ctx.wrap(new RangeImpl(ctx, views, ssId, sheetId, g.row, g.col, g.numRows, g.numCols, g.open), 'Range'),
  metadata: (ctx, ssId, id) => ctx.wrap(new DeveloperMetadataImpl(ctx, views, ssId, id), 'DeveloperMetadata'),
  finder: (ctx, ssId, scope) =>
    ctx.wrap(new DeveloperMetadataFinderImpl(ctx, views, ssId, scope), 'DeveloperMetadataFinder'),
  protection: (ctx, ssId, id) => ctx.wrap(new ProtectionImpl(ctx, views, ssId, id), 'Protection'),
  validation: (ctx, v) => ctx.wrap(new DataValidationImpl(ctx, views, v), 'DataValidation'),
  validationBuilder: (ctx, v = { criteria: '', args: [], allowInvalid: true, helpText: null }) =>
    ctx.wrap(new DataValidationBuilderImpl(ctx, views, v), 'DataValidationBuilder'),
  user: (ctx, email) => ctx.wrap(new UserImpl(email), 'User'),
};
