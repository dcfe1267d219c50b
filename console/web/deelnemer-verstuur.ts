// A workshop participant's send page: keys and large type, and the form (without the operator's event stream).
import { registreerToetsen } from './toetsen.js';
import './verstuur-formulier.js';

registreerToetsen();
