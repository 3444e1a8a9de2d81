import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn } from 'class-validator';

/** One or more of `values`, each once. */
export function Choices(values: readonly string[]): PropertyDecorator {
  return (target, key) => {
    IsArray()(target, key);
    ArrayMinSize(1)(target, key);
    ArrayMaxSize(values.length)(target, key);
    ArrayUnique()(target, key);
    IsIn(values, { each: true })(target, key);
  };
}
