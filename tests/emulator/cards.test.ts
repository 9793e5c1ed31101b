import { Emulator, NotEmulatedError, cardDataOf } from '../../emulator';
import type { ActionResponseData, CardData } from '../../emulator/cards';

function cardService() {
  return new Emulator().globals.CardService;
}

describe('CardService builders produce plain card data', () => {
  it('builds a card with header, sections, texts, links and action buttons', () => {
    const cs = cardService();
    const action = cs.newAction().setFunctionName('onRecordMeeting').setParameters({ pair: 'P-1' });
    const card = cs
      .newCardBuilder()
      .setName('teacher')
      .setHeader(cs.newCardHeader().setTitle('Наставник').setSubtitle('Моя пара'))
      .addSection(
        cs
          .newCardSection()
          .setHeader('Пара')
          .addWidget(cs.newTextParagraph().setText('Наставник: Иванова'))
          .addWidget(
            cs
              .newDecoratedText()
              .setTopLabel('План')
              .setText('Индивидуальный план')
              .setOpenLink(cs.newOpenLink().setUrl('https://docs.google.com/document/d/x')),
          )
          .addWidget(
            cs.newButtonSet().addButton(cs.newTextButton().setText('Отметить').setOnClickAction(action)),
          ),
      )
      .build();
    const data = cardDataOf<CardData>(card);
    expect(data.name).toBe('teacher');
    expect(data.header).toEqual({ title: 'Наставник', subtitle: 'Моя пара' });
    expect(data.sections[0].widgets.map((w) => w.kind)).toEqual(['text', 'decorated', 'buttons']);
    expect(data.sections[0].widgets[1]).toMatchObject({ openLink: 'https://docs.google.com/document/d/x' });
    expect(data.sections[0].widgets[2]).toEqual({
      kind: 'buttons',
      buttons: [
        {
          kind: 'button',
          text: 'Отметить',
          onClick: { functionName: 'onRecordMeeting', parameters: { pair: 'P-1' } },
        },
      ],
    });
    expect(JSON.parse(card.printJson())).toEqual(data);
  });

  it('keeps a snapshot: changing a builder after adding it does not change the card', () => {
    const cs = cardService();
    const text = cs.newTextParagraph().setText('до');
    const section = cs.newCardSection().addWidget(text);
    text.setText('после');
    const data = cardDataOf<CardData>(cs.newCardBuilder().addSection(section).build());
    expect(data.sections[0].widgets[0]).toEqual({ kind: 'text', text: 'до' });
  });

  it('validates what Google validates', () => {
    const cs = cardService();
    expect(() => cs.newCardBuilder().build()).toThrow(/section/);
    expect(() => cs.newCardBuilder().addSection(cs.newCardSection())).toThrow(/widget/);
    expect(() => cs.newAction().setParameters({ n: 1 as unknown as string })).toThrow(/not a string/);
    expect(() => cs.newTextButton().setText('x').setOnClickAction(cs.newAction())).toThrow(/function name/);
    expect(() => cs.newCardSection().addWidget(cs.newTextButton().setText('без действия'))).toThrow(/click/);
    expect(() => cs.newTextButton().setOpenLink(cs.newOpenLink().setUrl('javascript:alert(1)'))).toThrow(
      /url/,
    );
    expect(() => cs.newActionResponseBuilder().build()).toThrow(/notification/);
    let builder = cs.newCardBuilder();
    for (let i = 0; i < 100; i++)
      builder = builder.addSection(cs.newCardSection().addWidget(cs.newTextParagraph().setText(String(i))));
    expect(() =>
      builder.addSection(cs.newCardSection().addWidget(cs.newTextParagraph().setText('x'))),
    ).toThrow(/100/);
  });

  it('refuses to build an input widget without a field name', () => {
    const cs = cardService();
    const build = (widget: GoogleAppsScript.Card_Service.Widget) =>
      cardDataOf<CardData>(cs.newCardBuilder().addSection(cs.newCardSection().addWidget(widget)).build());
    expect(() => build(cs.newTextInput().setTitle('Тема'))).toThrow(/TextInput needs a field name/);
    expect(() => build(cs.newSelectionInput().setTitle('Формат'))).toThrow(
      /SelectionInput needs a field name/,
    );
    expect(() => build(cs.newDatePicker().setTitle('Дата'))).toThrow(/DatePicker needs a field name/);
  });

  it('builds form inputs with their field names and an action response with notification and navigation', () => {
    const cs = cardService();
    const form = cs
      .newCardSection()
      .addWidget(
        cs
          .newDatePicker()
          .setFieldName('date')
          .setTitle('Дата')
          .setValueInMsSinceEpoch(Date.UTC(2022, 9, 5)),
      )
      .addWidget(cs.newTextInput().setFieldName('topic').setTitle('Тема').setMultiline(true))
      .addWidget(
        cs
          .newSelectionInput()
          .setType(cs.SelectionInputType.DROPDOWN)
          .setFieldName('format')
          .setTitle('Формат')
          .addItem('очно', 'очно', true)
          .addItem('дистанционно', 'дистанционно', false),
      );
    const card = cs.newCardBuilder().addSection(form).build();
    const data = cardDataOf<CardData>(card);
    expect(data.sections[0].widgets).toEqual([
      { kind: 'datePicker', fieldName: 'date', title: 'Дата', valueMs: Date.UTC(2022, 9, 5) },
      { kind: 'textInput', fieldName: 'topic', title: 'Тема', value: '', hint: '', multiline: true },
      {
        kind: 'selection',
        fieldName: 'format',
        title: 'Формат',
        type: 'DROPDOWN',
        items: [
          { text: 'очно', value: 'очно', selected: true },
          { text: 'дистанционно', value: 'дистанционно', selected: false },
        ],
      },
    ]);
    const response = cs
      .newActionResponseBuilder()
      .setNotification(cs.newNotification().setText('Встреча внесена'))
      .setNavigation(cs.newNavigation().popCard().updateCard(card))
      .build();
    const r = cardDataOf<ActionResponseData>(response);
    expect(r.notification).toBe('Встреча внесена');
    expect(r.navigation.map((s) => s.op)).toEqual(['pop', 'update']);
    expect(() => cs.newSelectionInput().setType('SLIDER' as never)).toThrow(/type/);
  });

  it('throws NotEmulatedError for what is not emulated', () => {
    const cs = cardService() as unknown as Record<string, () => unknown>;
    expect(() => cs.newGrid()).toThrow(NotEmulatedError);
    const builder = cardService().newCardBuilder() as unknown as Record<string, () => unknown>;
    expect(() => builder.setFixedFooter()).toThrow(NotEmulatedError);
  });
});
