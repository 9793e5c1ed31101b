import { DOCUMENT_KINDS } from '../../domain/documents/kinds';
import { TemplateError, validateTemplate } from '../../domain/documents/placeholders';
import { catalogOf, type TemplateDeclaration } from '../../domain/documents/template';
import { TEMPLATES, templateRegistryKey } from '../../domain/documents/templates';
import { academicYearLabel } from '../../domain/format/ru';
import type { Settings } from '../../domain/settings';
import { UserFacingError } from '../errors';
import type { Ports } from '../ports';
import { readRegistry, writeRegistry, type RegistryEntry } from '../setup/registry';
import type { FileRef } from './ports';

const TEMPLATES_FOLDER = 'Шаблоны';

/** «2022–2023 учебный год»: the folder of one year's documents. */
function yearFolderName(settings: Settings): string {
  return `${academicYearLabel(settings.academicYearStart).replace('/', '–')} учебный год`;
}

/**
 * The year's folder. Its id is kept in Настройки ('folder.<year>'): looking a folder up by name needs a Drive
 * search per level, and under the narrow drive.file scope only what the add-on created can be found anyway.
 * A folder a curator deleted is made again.
 */
export function yearFolder(ports: Ports, settings: Settings): FileRef {
  const key = `folder.${settings.academicYearStart}`;
  const known = readRegistry(ports, 'folder.')[key];
  if (known && ports.docs.isLive(known))
    return { id: known, url: `https://drive.google.com/drive/folders/${known}` };
  const folder = ports.docs.ensureFolder([settings.outputFolder, yearFolderName(settings)]);
  writeRegistry(ports, [{ key, label: `Папка документов: ${yearFolderName(settings)}`, value: folder.id }]);
  return folder;
}

/**
 * Makes sure every template Doc exists: creates the missing ones from their declarations (first setup) and
 * recreates those a curator deleted, saying so. The ids live in Настройки ('template.orderPairs').
 * Returns Russian lines about what was done.
 */
export function ensureTemplates(ports: Ports, settings: Settings): string[] {
  return ensure(ports, settings, TEMPLATES).messages;
}

function ensure(
  ports: Ports,
  settings: Settings,
  decls: readonly TemplateDeclaration[],
): { messages: string[]; ids: Record<string, string> } {
  const registry = readRegistry(ports, 'template.');
  const messages: string[] = [];
  const entries: RegistryEntry[] = [];
  let folder: FileRef | null = null;
  for (const decl of decls) {
    const key = templateRegistryKey(decl.kind);
    const known = registry[key];
    if (known && ports.docs.isLive(known)) continue;
    folder ??= ports.docs.ensureFolder([settings.outputFolder, TEMPLATES_FOLDER]);
    const created = ports.docs.createTemplate(decl, decl.templateName, folder.id);
    entries.push({ key, label: `Шаблон: ${DOCUMENT_KINDS[decl.kind]}`, value: created.id });
    registry[key] = created.id;
    messages.push(
      known
        ? `Шаблон «${decl.templateName}» был удалён — создан заново из образца.`
        : `Создан шаблон «${decl.templateName}».`,
    );
  }
  if (entries.length) writeRegistry(ports, entries);
  return { messages, ids: registry };
}

export interface ReadyTemplate {
  id: string;
  text: string;
  /** Russian note when the template had to be recreated. */
  notes: string[];
}

/**
 * The curator's template for a kind, checked before anything is generated: an unknown or broken placeholder
 * stops generation with a Russian message naming each one.
 */
export function readyTemplate(ports: Ports, settings: Settings, decl: TemplateDeclaration): ReadyTemplate {
  const { messages: notes, ids } = ensure(ports, settings, [decl]);
  const id = ids[templateRegistryKey(decl.kind)];
  const text = ports.docs.readText(id);
  const problems = validateTemplate(text, catalogOf(decl));
  if (problems.length) throw templateProblem(decl, problems);
  return { id, text, notes };
}

export function templateProblem(decl: TemplateDeclaration, problems: readonly string[]): UserFacingError {
  return new UserFacingError(
    `Шаблон «${decl.templateName}» нельзя использовать, документы не созданы:\n${problems.join('\n')}`,
  );
}

export function asTemplateProblem(decl: TemplateDeclaration, e: unknown): unknown {
  return e instanceof TemplateError ? templateProblem(decl, e.problems) : e;
}
