// The operator's "Verstuur als" page: the console's frame (algemeen) and the form.
import './algemeen.js';
import './verstuur-formulier.js';
