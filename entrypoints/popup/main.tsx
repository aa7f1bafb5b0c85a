import { render } from 'preact';
import '../../components/theme.css';
import { App } from './App';
import { popupApi } from './popupApi';

render(<App api={popupApi} />, document.getElementById('app')!);
