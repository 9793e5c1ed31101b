/** Types for petrovich 0.2.1 (the package ships none): declension of Russian first, middle and last names. */
declare module 'petrovich' {
  type Gender = 'male' | 'female' | 'androgynous';
  type Case = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
  interface Person {
    gender?: Gender;
    first?: string;
    middle?: string;
    last?: string;
  }
  interface Petrovich {
    (person: Person, gcase: Case): Person;
    detect_gender(middle: string): Gender;
  }
  const petrovich: Petrovich;
  export default petrovich;
}
