import { render } from 'preact';
import '../../components/theme.css';
import '../../components/coverage.css';
import { OptionsPage } from '../../components/options-page';
import { optionsApi } from './options-api';

render(<OptionsPage api={optionsApi} />, document.getElementById('app')!);
