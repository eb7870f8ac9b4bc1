// hasil: the one result union ("computed / not computable") and the one trace shape of every module.
export { type Dihitung, type Hasil, type Langkah, type TidakDapatDihitung, tulisLangkah } from './hasil.js';
