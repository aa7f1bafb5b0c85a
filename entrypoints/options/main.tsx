import { render } from 'preact';
import '../../components/theme.css';
import { OptionsPage } from '../../components/OptionsPage';
import { optionsApi } from './optionsApi';

render(<OptionsPage api={optionsApi} />, document.getElementById('app')!);
