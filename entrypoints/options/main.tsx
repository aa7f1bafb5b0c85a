import { render } from 'preact';
import '../../components/theme.css';
import { App } from './App';
import { optionsApi } from './optionsApi';

render(<App api={optionsApi} />, document.getElementById('app')!);
